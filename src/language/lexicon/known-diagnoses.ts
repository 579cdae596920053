import type { FindingLexiconTable } from './types.js';

/**
 * A cause the person already knows they have, named in their own words ("gout again", "my fibro is
 * flaring"). A question ("could it be gout?") is a hedge, read as unknown.
 */
export const knownDiagnoses: FindingLexiconTable = {
  previous_gout: {
    patterns: [
      'had|have|having|history_of|known|previous|past|prior|another|my|recurrent|recurring|old ~2 gout|gouty',
      'gout ~5 again|before|back|returned|flare|flares|flaring|flare_up|flared_up|flared|attack|attacks|years_ago|last_year|in_the_past',
      'allopurinol|febuxostat|colchicine_for_my_gout|gout_tablets|gout_medication|gout_meds',
      // The same hot swollen joint had before in the big toe ("something like it in his big toe years ago"): a past
      // attack of podagra, the classic first gout flare (S383).
      {
        p: 'similar|same|like_this|like_it|the_same_thing|this_before ~~6 big_toe ~~6 ago|before|last_year|years_back|in_the_past',
        requiresAny: ['hot_swollen_joint'],
      },
    ],
  },
  known_fibromyalgia: {
    patterns: ['fibromyalgia|fibromyalgic|fibro|fibro_flare|fibro_flares|fibro_fog|fibro_flaring'],
  },
  // A one-sided band of blisters (shingles, S470): the rash words with blisters or a one-sided band.
  one_sided_blistering_rash: {
    // A rash from weeks ago is the pain after shingles, not a rash to treat now (antivirals within 3 days, S470).
    maxAgeDays: 7,
    // Red spots in a band are the rash, not redness spreading from an infection.
    suppresses: ['spreading_redness', 'one_leg_warm_red'],
    patterns: [
      'shingles|herpes_zoster|zoster',
      'stripe|band|strip|line|patch|cluster|row ~3 of ~2 blisters|blister|spots|bumps',
      'blisters|blister|blistery|blistering ~4 one_side|just_that_side|only_on_one_side|on_one_side|down_one_side|that_side',
      'rash ~4 one_side|only_on_one_side|on_one_side|down_one_side|just_that_side',
      // Spots or blisters "come up in a line / a band" on a burning patch: the band of shingles (S470).
      'spots|spot|blisters|blister|bumps|rash|red_spots ~~6 in_a_line|in_a_band|in_a_stripe|in_a_strip|in_a_row|in_a_belt|in_a_streak',
      'strip|band|line|belt|stripe|patch|row ~3 of ~3 blisters|spots|rash ~~8 one_side|one_side_of|on_one_side',
      // A rash that blisters, or a striped one, on one place ("a rash with little blisters on my thigh").
      'rash ~~5 with|of|and|into|in ~3 blisters|blister|blistery|blistering|fluid-filled|fluid_filled|watery_spots|water_blisters|weepy_spots',
      'blistery|blistering|blistered|stripy|stripey|banded ~2 rash',
      // Spots that blister ("red spots with little blisters on them"), or blisters said to keep to one side.
      'spots|red_spots|bumps|pimples ~3 with|and|of|into|turning_into|turned_into ~3 blisters|blister|blistery|blistering|fluid-filled|fluid_filled',
      'blisters|blister|spots|rash ~~8 only_that_side|only_on_that_side|only_one_side|only_on_one_side|only_the_one_side|only_on_the_one_side|just_one_side|just_on_one_side',
      'rash|spots|blisters ~4 along_one_side|round_one_side|around_one_side|one_side_only',
    ],
  },
};
