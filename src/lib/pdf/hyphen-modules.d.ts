// The `hyphen` package ships no types; its language modules all have this shape.
declare module 'hyphen/*' {
	const hyphenator: {
		hyphenateSync(text: string, options?: { minWordLength?: number }): string;
	};
	export default hyphenator;
}
