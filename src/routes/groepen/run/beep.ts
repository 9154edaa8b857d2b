/** A short, soft two-tone signal made with WebAudio (no sound files, works offline). */
let context: AudioContext | null = null;

export function beep(): void {
	if (typeof AudioContext === 'undefined') return;
	context ??= new AudioContext();
	const ctx = context;
	const start = ctx.currentTime;
	for (const [i, frequency] of [660, 880].entries()) {
		const oscillator = ctx.createOscillator();
		const gain = ctx.createGain();
		oscillator.frequency.value = frequency;
		gain.gain.setValueAtTime(0.0001, start + i * 0.25);
		gain.gain.exponentialRampToValueAtTime(0.3, start + i * 0.25 + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.25 + 0.22);
		oscillator.connect(gain).connect(ctx.destination);
		oscillator.start(start + i * 0.25);
		oscillator.stop(start + i * 0.25 + 0.24);
	}
}
