// comlink by its ES module file. Under Node the package's main entry is a UMD (CommonJS) file; loaded through tsx, it
// puts V8 in its slower typed-array mode for the whole process, as detaching an ArrayBuffer does: the 100k-aircraft
// detection tick takes ~15 % longer (test/bench/detect-100k.ts; see docs/detect.md, "Keeping V8's fast mode").
export * from 'comlink/dist/esm/comlink.mjs';
