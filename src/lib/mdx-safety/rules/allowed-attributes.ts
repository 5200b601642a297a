/**
 * Rule: on an allowed element, only its allowlisted attributes (most have
 * none). Attributes of an element that is itself not allowed are left to the
 * element finding: deleting the element deletes them. Event handlers,
 * expressions and script URLs are reported by their own rules instead.
 */
import type { ContentError } from '../../errors/content-error.ts';
import { allowedAttributes, describeAllowedAttributes, isAllowedElement } from '../allowlist.ts';
import { classifyAttribute, describeAttribute } from '../attributes.ts';
import { excerpt, finding, isJsxElement, placeOf, tagOf, type MdxSafetyRule } from '../rule.ts';

/** Why the usual suspects are not needed, in an editor's terms. */
const REASONS: Record<string, string> = {
  style: 'the look of clause text is set once for the whole site',
  class: 'the look of clause text is set once for the whole site',
  id: 'each clause already has its own link',
};

export const allowedAttributesRule: MdxSafetyRule = {
  name: 'allowed-attributes',
  check(node, context): ContentError[] {
    if (!isJsxElement(node) || !node.name || !isAllowedElement(node.name)) return [];
    const name = node.name;
    return node.attributes
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && classifyAttribute(attribute) === 'plain')
      .filter((attribute) => !allowedAttributes(name).includes((attribute as { name: string }).name))
      .map((attribute) => {
        const attributeName = (attribute as { name: string }).name;
        const reason = REASONS[attributeName.toLowerCase()];
        return finding(context, placeOf(attribute, node), {
          field: excerpt(describeAttribute(attribute)),
          message: `the attribute ${attributeName} on ${tagOf(node)} is not allowed; ${describeAllowedAttributes(name)}`,
          hint: `delete ${excerpt(describeAttribute(attribute))}${reason ? `; ${reason}` : ''}`,
        });
      });
  },
};
