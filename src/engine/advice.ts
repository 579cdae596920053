import {
  type AdviceCaution,
  type AdviceItem,
  atLeastAsUrgent,
  type ConditionDefinition,
} from '../knowledge/index.js';
import type { Network } from './network.js';
import type { Advice, AdviceShown, AdviceWithheld, RankedCondition } from './types.js';

/** At most this many causes contribute advice: more would bury the first, most important items. */
const maxAdviceCauses = 3;

/**
 * A dangerous cause (one that usually needs care within 24 hours or sooner) is in play when a person would
 * see it as `rule_out_first`, `likely` or `possible`, or when it is the cause that sets the urgency.
 */
function inPlay(c: RankedCondition, urgencyCause: string | null): boolean {
  return (
    atLeastAsUrgent(c.usualUrgency, 'consultation_24') && (c.band !== 'less_likely' || c.id === urgencyCause)
  );
}

/**
 * What may help now. Starts with the cause that sets the urgency, then the other causes a person sees as
 * rule-out-first, likely or possible (in ranking order). While a dangerous cause is in play, advice items of
 * a kind it lists under `avoid` are withheld from every cause's advice, with its reason.
 */
export interface CautionInPlay {
  readonly caution: AdviceCaution;
  /** The dangerous cause whose `avoid` list it comes from. */
  readonly because: string;
}

/** The `avoid` entries of every dangerous cause in play. */
export function cautionsInPlay(
  net: Network,
  ranked: readonly RankedCondition[],
  urgencyCause: string | null,
): CautionInPlay[] {
  return ranked
    .filter((c) => inPlay(c, urgencyCause))
    .flatMap((c) => (byId(net, c.id).avoid ?? []).map((caution) => ({ caution, because: c.id })));
}

const byId = (net: Network, id: string) =>
  net.conditions[net.conditionIndex.get(id) as number] as ConditionDefinition;

/** A cause's own advice without the items a caution in play withholds. */
export function adviceAllowed(
  net: Network,
  condition: string,
  cautions: readonly CautionInPlay[],
): readonly AdviceItem[] {
  return byId(net, condition).advice.filter(
    (item) => !cautions.some(({ caution }) => item.kinds.includes(caution.kind)),
  );
}

export function decideAdvice(
  net: Network,
  ranked: readonly RankedCondition[],
  urgencyCause: string | null,
  cautions: readonly CautionInPlay[] = cautionsInPlay(net, ranked, urgencyCause),
): Advice {
  const first = ranked.find((c) => c.id === urgencyCause);
  const rest = ranked.filter((c) => c.id !== urgencyCause && c.band !== 'less_likely');
  let sources = [...(first ? [first] : []), ...rest].slice(0, maxAdviceCauses);
  if (sources.length === 0 && ranked[0]) sources = [ranked[0]];

  const items: AdviceShown[] = [];
  const withheld: AdviceWithheld[] = [];
  const seen = new Set<string>();
  for (const c of sources) {
    for (const item of byId(net, c.id).advice) {
      if (seen.has(item.text)) continue;
      seen.add(item.text);
      const hit = cautions.find(({ caution }) => item.kinds.includes(caution.kind));
      if (hit) {
        withheld.push({
          condition: c.id,
          text: item.text,
          reason: hit.caution.reason,
          because: hit.because,
          sources: hit.caution.sources,
        });
      } else {
        items.push({ condition: c.id, text: item.text, kinds: item.kinds });
      }
    }
  }
  return { items, withheld };
}
