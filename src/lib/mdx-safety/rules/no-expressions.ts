/**
 * Rule: no JSX expressions. `{…}` in MDX is JavaScript, run when the page is
 * built: in text (`Hello {name}`), on its own line (`{1 + 1}`), as an
 * attribute value (`colspan={2}`) or spread into attributes (`{...props}`).
 */
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { ContentError } from '../../errors/content-error.ts';
import { allowedAttributes, describeAllowedAttributes, isAllowedElement } from '../allowlist.ts';
import { classifyAttribute, describeAttribute, type JsxAttribute } from '../attributes.ts';
import { excerpt, finding, isJsxElement, placeOf, tagOf, type JsxElement, type MdxSafetyRule, type RuleContext } from '../rule.ts';

function inText(node: MdxFlowExpression | MdxTextExpression, context: RuleContext): ContentError {
  return finding(context, placeOf(node), {
    field: `{${excerpt(node.value)}}`,
    message: 'a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are',
    hint: 'curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}',
  });
}

function inAttribute(attribute: JsxAttribute, element: JsxElement, context: RuleContext): ContentError {
  const tag = tagOf(element);
  const place = placeOf(attribute, element);
  const name = element.name ?? '';
  // On an element that is itself not allowed, the fix is to delete the element, so say no more.
  const allows = isAllowedElement(name) ? `; ${describeAllowedAttributes(name)}` : '';
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return finding(context, place, {
      field: describeAttribute(attribute),
      message: `a JSX expression in the attributes of ${tag} is not allowed; attributes must be plain text in quotes`,
      hint: `delete ${describeAttribute(attribute)}${allows}`,
    });
  }
  const allowed = allowedAttributes(name).includes(attribute.name);
  return finding(context, place, {
    field: describeAttribute(attribute),
    message: `a JSX expression as the value of ${attribute.name} on ${tag} is not allowed; attribute values must be plain text in quotes`,
    hint: allowed ? `write the value in quotes instead: ${attribute.name}="…"` : `delete ${describeAttribute(attribute)}${allows}`,
  });
}

export const noExpressions: MdxSafetyRule = {
  name: 'no-expressions',
  check(node, context): ContentError[] {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return [inText(node as MdxFlowExpression | MdxTextExpression, context)];
    }
    if (!isJsxElement(node)) return [];
    return node.attributes
      .filter((attribute) => ['spread-expression', 'value-expression'].includes(classifyAttribute(attribute)))
      .map((attribute) => inAttribute(attribute, node, context));
  },
};
