// Detects software WebGL (SwiftShader, llvmpipe) so that the canvas skips multisampling and high pixel ratios there.

let cached: boolean | undefined;

/** True when WebGL is rendered on the CPU; checked once with a throwaway context. */
export function isSoftwareRendering(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = /swiftshader|llvmpipe|software|basic render/i.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    cached = false;
  }
  return cached;
}
