// String-based components: sh:minLength, sh:maxLength, sh:pattern (with sh:flags), sh:languageIn, sh:uniqueLang.
import { SH, eachValue, show, type Component } from '../constraint.js';
import { startsCodePoint } from '../../../rdf/iris.js';
import { xpathRegex } from '../xpath-regex.js';

export const minLengthComponent: Component = {
  iri: SH + 'MinLengthConstraintComponent',
  compile: (min) => {
    const length = Number(min.value);
    // STRLEN counts characters (code points), not UTF-16 units.
    return eachValue((value) => value.termType !== 'BlankNode' && codePoints(value.value, length) >= length, `Value has less than ${length} characters`);
  },
};

export const maxLengthComponent: Component = {
  iri: SH + 'MaxLengthConstraintComponent',
  compile: (max) => {
    const length = Number(max.value);
    return eachValue((value) => value.termType !== 'BlankNode' && codePoints(value.value, length + 1) <= length, `Value has more than ${length} characters`);
  },
};

/** The code points of `text`, counted up to `enough` (the article text is one literal: it is not copied). */
function codePoints(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) if (startsCodePoint(text, i)) count++;
  return count;
}

export const patternComponent: Component = {
  iri: SH + 'PatternConstraintComponent',
  alsoReads: [SH + 'flags'],
  compile: (pattern, shape) => {
    const regex = xpathRegex(pattern.value, shape.param(SH + 'flags')?.value ?? '');
    return eachValue((value) => value.termType !== 'BlankNode' && regex.test(value.value), `Value does not match pattern ${show(pattern)}`);
  },
};

export const languageInComponent: Component = {
  iri: SH + 'LanguageInConstraintComponent',
  compile: (list, shape) => {
    const ranges = shape.shapes.list(list).map((t) => t.value.toLowerCase());
    const matches = (tag: string) => ranges.some((range) => range === '*' || tag === range || tag.startsWith(`${range}-`));
    return eachValue((value) => value.termType === 'Literal' && value.language !== '' && matches(value.language.toLowerCase()), `Language does not match any of ${ranges.join(', ')}`);
  },
};

export const uniqueLangComponent: Component = {
  iri: SH + 'UniqueLangConstraintComponent',
  compile: (flag) => (_focus, values, _data, fail) => {
    if (flag.value !== 'true') return;
    const counts = new Map<string, number>();
    for (const v of values) if (v.termType === 'Literal' && v.language !== '') counts.set(v.language.toLowerCase(), (counts.get(v.language.toLowerCase()) ?? 0) + 1);
    for (const [lang, count] of counts) if (count > 1) fail(undefined, `Language "${lang}" used more than once`);
  },
};
