// IndexedDB for Dexie in Node: every unit spec gets a real (in-memory) implementation.
import 'fake-indexeddb/auto';
