// The sea: one large plane at mean sea level (the land mesh dips below it along the coast).
export function SeaPlane() {
  return (
    <mesh rotation-x={-Math.PI / 2} position={[0, 0, 0]} name="sea">
      <planeGeometry args={[240_000, 240_000]} />
      <meshLambertMaterial color="#2f6f9f" />
    </mesh>
  );
}
