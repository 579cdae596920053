// An enlarged synthetic catalog, to measure how inference and the interview's question search scale before
// the real enlarged catalog lands. NOT clinical knowledge: clones of the real causes with perturbed links.

import { random } from '../bench/cases.js';
import { compileNetwork, type Network } from '../src/engine/network.js';
import { type ConditionDefinition, conditions } from '../src/knowledge/index.js';

/**
 * A network of `size` conditions: the real ones, then clones of the real causes (round-robin, `other`
 * excepted) with ids `<id>~<n>`. Each clone keeps about 75% of its model's links, each link's probability
 * scaled by 0.6-1.0, and half its model's prior, so clones are distinguishable and rarer, as added causes
 * tend to be. Deterministic (seeded).
 */
export function syntheticConditions(size: number, seed = 1): ConditionDefinition[] {
  const next = random(seed);
  const models = conditions.filter((c) => c.id !== 'other');
  const out: ConditionDefinition[] = [...conditions];
  for (let n = 0; out.length < size; n++) {
    const model = models[n % models.length] as ConditionDefinition;
    const kept = model.links.filter(() => next() < 0.75);
    const links = (kept.length > 0 ? kept : model.links).map((l) => ({
      ...l,
      probability: l.probability * (0.6 + 0.4 * next()),
    }));
    const half = (p: number) => p / 2;
    out.push({
      ...model,
      id: `${model.id}~${Math.floor(n / models.length) + 1}`,
      links,
      prior: {
        ...model.prior,
        byAge: {
          '18-44': half(model.prior.byAge['18-44']),
          '45-64': half(model.prior.byAge['45-64']),
          '65-79': half(model.prior.byAge['65-79']),
          '80+': half(model.prior.byAge['80+']),
        },
      },
    });
  }
  return out;
}

export function syntheticNetwork(size: number, seed = 1): Network {
  return compileNetwork(syntheticConditions(size, seed));
}
