import { describe, expect, it } from 'vitest';
import { findingsById } from './index.js';

/**
 * Questions a person must be able to answer from what they notice (issue #14: none marked unanswerable).
 * Role-play set 12 found three that asked for a judgement a lay person cannot make; these guard the rewording,
 * not the exact words.
 */
const question = (id: string): string => {
  const f = findingsById.get(id);
  if (!f) throw new Error(`no finding ${id}`);
  return f.question;
};

describe('questions ask what a person notices, not a judgement they cannot make', () => {
  it('joint pain is told by what moving the joint or standing on it does, not by "in the joint itself"', () => {
    const q = question('joint_pain_swelling');
    expect(q).not.toMatch(/joint itself/);
    expect(q).toMatch(/moving that joint/);
    expect(q).toMatch(/weight on it/);
    // Still the pain the person is asking about, and still a yes when it spreads beyond the joint.
    expect(q).toMatch(/the pain you are asking about/i);
    expect(q).toMatch(/spreads beyond/);
  });

  it('weakness is asked as the leg feeling weak or giving way, and says what to answer when unsure', () => {
    const q = question('progressive_weakness');
    expect(q).not.toMatch(/because the muscles/);
    expect(q).toMatch(/feels weak or gives way/);
    expect(q).toMatch(/only pain or stiffness .* the answer is no/);
    expect(q).toMatch(/not sure/);
  });

  it('the claudication question asks the standing-still part plainly and says what to answer with half of it', () => {
    const q = question('calf_pain_walking_relieved_standing_still');
    expect(q).toMatch(/stand still/);
    expect(q).toMatch(/without sitting down/);
    expect(q).toMatch(/have not noticed what standing still does, say you are not sure/);
  });

  it.each(['joint_pain_swelling', 'progressive_weakness', 'calf_pain_walking_relieved_standing_still'])(
    '%s is still one question',
    (id) => {
      expect(question(id).match(/\?/g)).toHaveLength(1);
    },
  );
});
