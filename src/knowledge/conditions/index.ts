import type { ConditionDefinition } from '../types.js';
import { acuteLimbIschemia } from './acute-limb-ischemia.js';
import { aorticDisease } from './aortic-disease.js';
import { arterialRestPain } from './arterial-rest-pain.js';
import { bakersCystRupture } from './bakers-cyst-rupture.js';
import { boneTumour } from './bone-tumour.js';
import { caudaEquinaSyndrome } from './cauda-equina-syndrome.js';
import { cellulitis } from './cellulitis.js';
import { compartmentSyndrome } from './compartment-syndrome.js';
import { deepVeinThrombosis } from './deep-vein-thrombosis.js';
import { fibromyalgia } from './fibromyalgia.js';
import { fracture } from './fracture.js';
import { gout } from './gout.js';
import { guillainBarreSyndrome } from './guillain-barre-syndrome.js';
import { hipOsteoarthritis } from './hip-osteoarthritis.js';
import { intermittentClaudication } from './intermittent-claudication.js';
import { kneeOsteoarthritis } from './knee-osteoarthritis.js';
import { lumbarRadiculopathy } from './lumbar-radiculopathy.js';
import { lumbarSpinalStenosis } from './lumbar-spinal-stenosis.js';
import { necrotisingFasciitis } from './necrotising-fasciitis.js';
import { nocturnalLegCramps } from './nocturnal-leg-cramps.js';
import { other } from './other.js';
import { peripheralNeuropathy } from './peripheral-neuropathy.js';
import { peronealNeuropathy } from './peroneal-neuropathy.js';
import { restlessLegsSyndrome } from './restless-legs-syndrome.js';
import { secondaryCramps } from './secondary-cramps.js';
import { septicArthritis } from './septic-arthritis.js';
import { spinalInfection } from './spinal-infection.js';
import { spinalMetastases } from './spinal-metastases.js';
import { statinMuscleSymptoms } from './statin-muscle-symptoms.js';
import { superficialThrombophlebitis } from './superficial-thrombophlebitis.js';
import { trochantericPainSyndrome } from './trochanteric-pain-syndrome.js';
import { venousInsufficiency } from './venous-insufficiency.js';

/**
 * The causes the engine ranks. Priors are relative frequencies of each cause among adults whose leg pain
 * starts or worsens at rest or at night; the engine renormalises them, so only their ratios matter.
 * Link probabilities read P(finding | this cause alone); `v.*` words come from the verbal scale.
 */
export const conditions = [
  nocturnalLegCramps,
  restlessLegsSyndrome,
  arterialRestPain,
  acuteLimbIschemia,
  deepVeinThrombosis,
  cellulitis,
  lumbarSpinalStenosis,
  lumbarRadiculopathy,
  caudaEquinaSyndrome,
  peronealNeuropathy,
  peripheralNeuropathy,
  venousInsufficiency,
  // Must-not-miss look-alikes (lookalikes.md section A).
  spinalMetastases,
  spinalInfection,
  guillainBarreSyndrome,
  compartmentSyndrome,
  necrotisingFasciitis,
  septicArthritis,
  boneTumour,
  fracture,
  aorticDisease,
  // common look-alikes (lookalikes.md section B)
  kneeOsteoarthritis,
  hipOsteoarthritis,
  trochantericPainSyndrome,
  gout,
  fibromyalgia,
  statinMuscleSymptoms,
  secondaryCramps,
  bakersCystRupture,
  superficialThrombophlebitis,
  intermittentClaudication,
  other,
] as const satisfies readonly ConditionDefinition[];

export type ConditionId = (typeof conditions)[number]['id'];

export const conditionsById: ReadonlyMap<string, ConditionDefinition> = new Map(
  conditions.map((c) => [c.id, c]),
);
