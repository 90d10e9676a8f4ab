// The canonical ED-269 form Skylane keeps and exports: the `features` wrapper, numeric limits and `schedule` windows.
import type {
  Ed269ApplicabilityInput,
  Ed269DocumentInput,
  Ed269FeatureInput,
  Ed269GeometryInput,
} from './ed269-schema';

export type Ed269Geometry = Omit<Ed269GeometryInput, 'lowerLimit' | 'upperLimit'> & {
  lowerLimit: number;
  upperLimit: number;
};
export type Ed269Applicability = Omit<Ed269ApplicabilityInput, 'dailyPeriod'>;
export type Ed269Feature = Omit<Ed269FeatureInput, 'geometry' | 'applicability'> & {
  geometry: Ed269Geometry[];
  applicability?: Ed269Applicability[];
};

/** An ED-269 document in the `{ title, description, features }` wrapper. */
export interface Ed269Document {
  title: string;
  description: string;
  features: Ed269Feature[];
}

function normaliseGeometry(g: Ed269GeometryInput): Ed269Geometry {
  return { ...g, lowerLimit: Number(g.lowerLimit), upperLimit: Number(g.upperLimit) };
}

function normaliseApplicability(a: Ed269ApplicabilityInput): Ed269Applicability {
  const { dailyPeriod, ...rest } = a;
  return dailyPeriod ? { ...rest, schedule: dailyPeriod } : rest;
}

/**
 * A validated feature in canonical form: string limits become numbers and `dailyPeriod` becomes `schedule`;
 * everything else is kept as written, so that export → import gives the same zones.
 */
export function normaliseEd269Feature(f: Ed269FeatureInput): Ed269Feature {
  const { geometry, applicability, ...rest } = f;
  const out: Ed269Feature = { ...rest, geometry: geometry.map(normaliseGeometry) };
  if (applicability) out.applicability = applicability.map(normaliseApplicability);
  return out;
}

/** A validated document of either wrapper in the canonical `features` wrapper. */
export function normaliseEd269Document(doc: Ed269DocumentInput): Ed269Document {
  const features = doc.features ?? doc.UASZoneList ?? [];
  const title = doc.title ?? (doc.formatVersion ? `ED-269 zone list (format ${doc.formatVersion})` : 'ED-269 zones');
  const description = doc.description ?? (doc.createdAt ? `Zone list created ${doc.createdAt}` : '');
  return { title, description, features: features.map(normaliseEd269Feature) };
}
