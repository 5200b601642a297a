/**
 * Rule: no event-handler attributes (`onclick`, `onError`, …). Each is code
 * the reader's browser would run. Reported on any element, allowed or not,
 * because it is the more dangerous finding.
 */
import type { ContentError } from '../../errors/content-error.ts';
import { describeAllowedAttributes, isAllowedElement } from '../allowlist.ts';
import { classifyAttribute, describeAttribute } from '../attributes.ts';
import { finding, isJsxElement, placeOf, tagOf, type MdxSafetyRule } from '../rule.ts';

export const noEventHandlers: MdxSafetyRule = {
  name: 'no-event-handlers',
  check(node, context): ContentError[] {
    if (!isJsxElement(node)) return [];
    const allows = node.name && isAllowedElement(node.name) ? `; ${describeAllowedAttributes(node.name)}` : '';
    return node.attributes
      .filter((attribute) => classifyAttribute(attribute) === 'event-handler')
      .map((attribute) =>
        finding(context, placeOf(attribute, node), {
          field: describeAttribute(attribute),
          message: `the event-handler attribute ${'name' in attribute ? attribute.name : ''} on ${tagOf(node)} is not allowed: it runs code in the reader’s browser${allows}`,
          hint: `delete ${describeAttribute(attribute)}`,
        }),
      );
  },
};
