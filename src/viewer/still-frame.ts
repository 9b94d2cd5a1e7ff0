import * as THREE from 'three'

const COPY_VERTEX = /* glsl */ `
  varying vec2 vUv;
  void main() {
    vUv = uv;
    gl_Position = vec4(position.xy, 0.0, 1.0);
  }
`

const COPY_FRAGMENT = /* glsl */ `
  uniform sampler2D frame;
  varying vec2 vUv;
  void main() { gl_FragColor = texture2D(frame, vUv); }
`

/**
 * Draws a frame multisampled: into an offscreen multisampled target the size of the drawing buffer,
 * then copied onto the canvas. The context itself has no multisampling, so the frames drawn while
 * the camera moves do not pay for it (in software WebGL it about doubles the cost of every line);
 * the frame drawn once the camera rests does.
 */
export function multisampledFrame(renderer: THREE.WebGLRenderer, samples: number) {
  const target = new THREE.WebGLRenderTarget(1, 1, { samples, depthBuffer: true })
  const copy = new THREE.Mesh(
    new THREE.PlaneGeometry(2, 2),
    new THREE.ShaderMaterial({
      uniforms: { frame: { value: target.texture } },
      vertexShader: COPY_VERTEX,
      fragmentShader: COPY_FRAGMENT,
      blending: THREE.NoBlending,
      depthTest: false,
      depthWrite: false,
    }),
  )
  copy.frustumCulled = false
  const copyScene = new THREE.Scene().add(copy)
  const copyCamera = new THREE.Camera()
  const size = new THREE.Vector2()
  return (scene: THREE.Scene, camera: THREE.Camera): void => {
    renderer.getDrawingBufferSize(size)
    if (target.width !== size.x || target.height !== size.y) target.setSize(size.x, size.y)
    renderer.setRenderTarget(target)
    renderer.render(scene, camera)
    renderer.setRenderTarget(null)
    renderer.render(copyScene, copyCamera)
  }
}
