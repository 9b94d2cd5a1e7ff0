import * as THREE from 'three'

/** A white ring around the selected file, drawn over everything so it is never lost inside the cloud. */
export function selectionMarker() {
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(3), 3))
  const material = new THREE.ShaderMaterial({
    uniforms: { size: { value: 10 }, scale: { value: 1 } },
    vertexShader: /* glsl */ `
      uniform float size;
      uniform float scale;
      void main() {
        vec4 mv = modelViewMatrix * vec4(position, 1.0);
        gl_PointSize = max(18.0, size * 1.8 * scale / -mv.z);
        gl_Position = projectionMatrix * mv;
      }`,
    fragmentShader: /* glsl */ `
      void main() {
        float d = length(gl_PointCoord * 2.0 - 1.0);
        if (d > 1.0 || d < 0.78) discard;
        gl_FragColor = vec4(1.0);
      }`,
    depthTest: false,
    transparent: true,
  })
  const object = new THREE.Points(geometry, material)
  object.renderOrder = 1
  object.visible = false
  return {
    object,
    place(position: readonly number[], size: number) {
      geometry.attributes.position!.array.set(position)
      geometry.attributes.position!.needsUpdate = true
      geometry.computeBoundingSphere()
      material.uniforms.size!.value = size
      object.visible = true
    },
    /** Pixels per scene unit at unit distance, as the node layers get it. */
    setScale(scale: number) {
      material.uniforms.scale!.value = scale
    },
    hide() {
      object.visible = false
    },
  }
}
