import * as THREE from 'three'

/**
 * Draws a frame multisampled: into an offscreen multisampled buffer the size of the drawing buffer,
 * then resolved straight onto the canvas (one blit). The context itself has no multisampling, so
 * the frames drawn while the camera moves do not pay for it (in software WebGL it about doubles the
 * cost of every line); the frame drawn once the camera rests does. Without the buffer (three.js
 * keeps it in its own properties), the frame is drawn directly, without multisampling.
 */
export function multisampledFrame(renderer: THREE.WebGLRenderer, samples: number) {
  // three.js resolves nothing itself: the blit below is the only resolve.
  const target = new THREE.WebGLRenderTarget(1, 1, { samples, resolveColorBuffer: false, resolveDepthBuffer: false })
  const gl = renderer.getContext() as WebGL2RenderingContext
  const size = new THREE.Vector2()
  const [onScreen, inTarget] = [new THREE.Color(), new THREE.Color()]
  const rgb = { r: 0, g: 0, b: 0 }
  return (scene: THREE.Scene, camera: THREE.Camera): void => {
    renderer.getDrawingBufferSize(size)
    if (target.width !== size.x || target.height !== size.y) target.setSize(size.x, size.y)
    // three.js writes the clear colour in the target's colour space (none: linear values); the canvas gets it as sRGB.
    // The same bytes in the buffer as on the canvas: the sRGB values, given as linear ones.
    const alpha = renderer.getClearAlpha()
    renderer.getClearColor(onScreen).getRGB(rgb, THREE.SRGBColorSpace)
    renderer.setClearColor(inTarget.setRGB(rgb.r, rgb.g, rgb.b, THREE.LinearSRGBColorSpace), alpha)
    renderer.setRenderTarget(target)
    renderer.render(scene, camera)
    renderer.setRenderTarget(null)
    renderer.setClearColor(onScreen, alpha)
    const { __webglMultisampledFramebuffer: buffer } = renderer.properties.get(target) as {
      __webglMultisampledFramebuffer?: WebGLFramebuffer
    }
    if (!buffer) {
      renderer.render(scene, camera)
      return
    }
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, buffer)
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null)
    gl.blitFramebuffer(0, 0, size.x, size.y, 0, 0, size.x, size.y, gl.COLOR_BUFFER_BIT, gl.NEAREST)
    // The bindings above went around three.js's cache of the GL state.
    renderer.resetState()
  }
}
