import { describe, expect, it } from 'vitest';
import { answerEvidence, type EvidenceItem } from '../engine/index.js';
import { LanguageInputError } from '../language/index.js';
import { assessInput, mergeEvidence } from './assess-input.js';

describe('assessInput', () => {
  it('reads findings from text and reports what was understood', () => {
    const r = assessInput({
      age: 70,
      sex: 'female',
      evidence: [],
      text: 'my calf knots up at night, no swelling',
    });
    expect(r.understood?.findings.map((f) => f.id)).toContain('sudden_muscle_contraction');
    expect(r.evidence).toContainEqual({ id: 'one_leg_swollen', state: 'absent' });
    expect(r.conditions[0]?.id).toBe('nocturnal_leg_cramps');
  });

  it("a red flag said with doubt sets its rule's level, provisionally; a doubted denial or both legs do not", () => {
    const hedged = assessInput({
      age: 55,
      sex: 'male',
      evidence: [],
      text: 'calf aches in bed, only slight swelling maybe?? had a DVT 5 yrs ago',
    });
    expect(hedged.triage.level).toBe('consultation_24');
    expect(hedged.triage.provisional).toBe(true);
    expect(hedged.triage.reasons.map((r) => r.id)).toContain('possible_suspected_dvt');
    expect(hedged.evidence.map((e) => e.id)).not.toContain('one_leg_swollen');
    // Answered "no", the hedge no longer counts.
    const answered = assessInput({
      age: 55,
      sex: 'male',
      evidence: [{ id: 'one_leg_swollen', state: 'absent' }],
      text: 'calf aches in bed, only slight swelling maybe?? had a DVT 5 yrs ago',
    });
    expect(answered.triage.reasons.map((r) => r.id)).not.toContain('possible_suspected_dvt');
    for (const text of ['my calf is sore at night, no fever I think', 'both my legs are swollen at night']) {
      const r = assessInput({ age: 55, sex: 'male', evidence: [], text });
      expect(
        r.triage.reasons.some((x) => x.id.startsWith('possible_')),
        text,
      ).toBe(false);
    }
  });

  it('a hedged mention is shown but stays open, so the red-flag screen still asks it', () => {
    const text = 'My right calf aches at night. I think the right calf looks fatter than the left.';
    const r = assessInput({ age: 38, sex: 'male', evidence: [], text });
    expect(r.understood?.findings).toContainEqual(
      expect.objectContaining({ id: 'one_leg_swollen', state: 'unknown' }),
    );
    expect(r.evidence.map((e) => e.id)).not.toContain('one_leg_swollen');
    // The complaint's shape the text did not give comes first ("don't know" here), then the screen.
    let step = r;
    const evidence: EvidenceItem[] = [];
    while (step.question?.phase === 'complaint') {
      evidence.push(...answerEvidence(step.question, 'unknown'));
      step = assessInput({ age: 38, sex: 'male', evidence, text });
    }
    expect(step.question?.phase).toBe('red_flag_screen');
    expect(step.question?.options.map((o) => o.finding)).toContain('one_leg_swollen');
  });

  it('lets explicit evidence win over text', () => {
    const r = assessInput({
      age: 70,
      sex: 'female',
      evidence: [{ id: 'one_leg_swollen', state: 'present' }],
      text: 'no swelling at all',
    });
    expect(r.evidence.filter((e) => e.id === 'one_leg_swollen')).toEqual([
      { id: 'one_leg_swollen', state: 'present' },
    ]);
    expect(r.triage.level).toBe('consultation_24');
  });

  it('a stated red flag in text fires; a negated one does not', () => {
    expect(
      assessInput({ age: 60, sex: 'male', evidence: [], text: 'I have numbness around my bottom' }).triage
        .level,
    ).toBe('emergency');
    expect(
      assessInput({
        age: 60,
        sex: 'male',
        evidence: [],
        text: 'no numbness around my bottom',
      }).triage.reasons.map((r) => r.kind),
    ).not.toContain('red_flag');
  });

  it('treats blank text as no text, and rejects binary text', () => {
    expect(assessInput({ age: 60, sex: 'male', evidence: [], text: '   ' }).understood).toBeUndefined();
    expect(() => assessInput({ age: 60, sex: 'male', evidence: [], text: '\u0001\u0002\u0003' })).toThrow(
      LanguageInputError,
    );
  });

  it('echoes the id', () => {
    expect(assessInput({ id: 'c9', age: 60, sex: 'male', evidence: [] }).id).toBe('c9');
  });
});

describe('mergeEvidence', () => {
  it('keeps text findings not stated explicitly', () => {
    expect(
      mergeEvidence(
        [
          { id: 'a', state: 'present' },
          { id: 'b', state: 'absent' },
        ],
        [{ id: 'b', state: 'present' }],
      ),
    ).toEqual([
      { id: 'a', state: 'present' },
      { id: 'b', state: 'present' },
    ]);
  });
});
