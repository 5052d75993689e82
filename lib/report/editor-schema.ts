import { Node, nodePasteRule } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';

/** The pattern of a token typed or pasted as text; it becomes a figure node. */
export const tokenInText = /\{\{([^{}]+)\}\}/g;

/**
 * A figure in the text: one atomic inline node that is moved, copied and deleted as a whole. It keeps
 * the token's inside as stored (`meetings:kind=committee`); its value is drawn by the editor's view.
 * Copied as text it is the token again, so a figure pasted into another section stays a figure.
 */
export const FigureNode = Node.create({
  name: 'figure',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      token: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-figure') ?? '',
        renderHTML: (attributes) => ({ 'data-figure': attributes.token }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-figure]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', HTMLAttributes];
  },
  renderText({ node }) {
    return `{{${node.attrs.token}}}`;
  },
  addPasteRules() {
    return [nodePasteRule({ find: tokenInText, type: this.type, getAttributes: (match) => ({ token: match[1] }) })];
  },
});

/** A heading is one line: its document holds exactly one paragraph. */
const OneLine = Document.extend({ content: 'paragraph' });

/** What a section body is made of: paragraphs of text and figures, with undo. */
export const bodyExtensions = [Document, Paragraph, Text, FigureNode, UndoRedo];

/** What a heading is made of: one paragraph of text and figures, with undo. */
export const headingExtensions = [OneLine, Paragraph, Text, FigureNode, UndoRedo];
