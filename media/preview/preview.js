/*
 * The GovPress preview's webview script. It fills the article from the
 * extension's messages (src/extension/preview/protocol.ts lists them),
 * replaces only the blocks an edit changed, keeps the preview scrolled with
 * the editor both ways, marks lint problems on their blocks, and runs the
 * toolbar. The HTML it inserts was sanitized by the renderer; the page's
 * Content-Security-Policy lets no other script run.
 */
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const toolbar = document.querySelector('.gp-toolbar');
  const problemButton = document.querySelector('.gp-problem-count');
  const imageNoteButton = document.querySelector('.gp-image-note');
  const notice = document.querySelector('.gp-notice');
  const noticeText = notice.querySelector('.gp-notice-text');
  const previewStylesheet = document.querySelector('link[rel="stylesheet"]');
  const PROBLEM_CLASSES = ['gp-problem', 'gp-problem-error', 'gp-problem-warning', 'gp-problem-info'];
  const SEVERITY_ORDER = ['info', 'warning', 'error'];

  let article = document.querySelector('article');
  let openTag = '';
  let style = '';
  let problems = [];
  /** Where the preview scrolled itself: the scroll event that follows is not the user's. */
  let ownScrollTarget;
  let scrollReportPending = false;

  // ---- Blocks

  /** The article's top-level blocks that come from a source line, in document order. */
  function lineBlocks() {
    return Array.from(article.children).filter((element) => element.hasAttribute('data-line'));
  }

  function lineOf(element) {
    return Number(element.getAttribute('data-line'));
  }

  /**
   * The block that shows `line`: the one with the greatest line not after it.
   * Blocks made from front matter keys are out of line order, so all are searched.
   */
  function blockForLine(blocks, line) {
    let found;
    for (const block of blocks) {
      const blockLine = lineOf(block);
      if (blockLine <= line && (found === undefined || blockLine > lineOf(found))) found = block;
    }
    return found;
  }

  function elementFromHtml(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function setLine(element, line) {
    if (line > 0) element.setAttribute('data-line', String(line));
  }

  function setArticleTag(tag) {
    if (tag === openTag) return;
    openTag = tag;
    const model = elementFromHtml(`${tag}</article>`);
    article.className = model.className;
    article.lang = model.lang;
  }

  // ---- Stylesheets

  /** Puts the style's stylesheets before the preview's own, removing the old ones once the new ones have loaded. */
  function setStylesheets(hrefs) {
    const old = Array.from(document.querySelectorAll('link[data-gp-style]'));
    if (old.map((link) => link.href).join('\n') === hrefs.join('\n')) return Promise.resolve();
    const loads = hrefs.map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-gp-style', '');
      document.head.insertBefore(link, previewStylesheet);
      return new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      });
    });
    return Promise.all(loads).then(() => old.forEach((link) => link.remove()));
  }

  // ---- Rendering

  function render(message) {
    style = message.style;
    document.body.setAttribute('data-style', style);
    for (const button of toolbar.querySelectorAll('[data-style]')) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-style') === style));
    }
    openTag = message.openTag;
    const next = elementFromHtml(`${message.openTag}</article>`);
    for (const block of message.blocks) {
      const element = elementFromHtml(block.html);
      element.id = block.id;
      next.append(element);
    }
    article.replaceWith(next);
    article = next;
    setImageNote(message.imageNote);
    applyProblems();
    setStylesheets(message.stylesheets).then(() => scrollToLine(message.line));
  }

  /** Applies an edit: kept blocks stay on screen (renumbered), changed ones are replaced, the view stays put. */
  function update(message) {
    const anchor = topBlock();
    const anchorTop = anchor && anchor.element.getBoundingClientRect().top;
    const current = new Map(Array.from(article.children, (element) => [element.id, element]));
    const elements = [];
    for (const patch of message.blocks) {
      const element = patch.keep === undefined ? elementFromHtml(patch.html) : current.get(patch.keep);
      if (!element) {
        // The webview lost track (it was reloaded): start again from a full rendering.
        vscode.postMessage({ type: 'ready' });
        return;
      }
      element.id = patch.id;
      setLine(element, patch.line);
      elements.push(element);
    }
    elements.forEach((element, index) => {
      const present = article.children[index];
      if (present !== element) article.insertBefore(element, present || null);
    });
    while (article.children.length > elements.length) article.lastElementChild.remove();
    setArticleTag(message.openTag);
    setImageNote(message.imageNote);
    applyProblems();
    if (anchor && anchor.element.isConnected) scrollOwn(window.scrollY + anchor.element.getBoundingClientRect().top - anchorTop);
  }

  function setImageNote(text) {
    imageNoteButton.textContent = text;
    imageNoteButton.hidden = text === '';
  }

  /** A release too large to preview as it is typed: the notice, and no other document's rendering under it (the next render replaces the article). */
  function setNotice(message) {
    noticeText.textContent = message.text;
    notice.hidden = message.text === '';
    if (message.clearArticle) {
      article.replaceChildren();
      article.hidden = true;
    }
  }

  // ---- Problems

  function applyProblems() {
    for (const element of article.querySelectorAll(':scope > .gp-problem')) {
      element.classList.remove(...PROBLEM_CLASSES);
      element.removeAttribute('title');
    }
    const blocks = lineBlocks();
    if (blocks.length === 0) return;
    const byBlock = new Map();
    for (const problem of problems) {
      // A problem before the first block (in the front matter) is shown on the first one.
      const block = blockForLine(blocks, problem.line) || blocks[0];
      if (!byBlock.has(block)) byBlock.set(block, []);
      byBlock.get(block).push(problem);
    }
    for (const [block, blockProblems] of byBlock) {
      const worst = blockProblems.reduce((a, b) => (SEVERITY_ORDER.indexOf(b.severity) > SEVERITY_ORDER.indexOf(a.severity) ? b : a));
      block.classList.add('gp-problem', `gp-problem-${worst.severity}`);
      block.title = blockProblems.map((problem) => problem.text).join('\n');
    }
  }

  function setProblems(message) {
    problems = message.problems;
    problemButton.textContent = message.label;
    problemButton.classList.toggle('gp-has-problems', problems.length > 0);
    applyProblems();
  }

  // ---- Scrolling

  /** The bottom of the toolbar: where the visible text starts. */
  function topEdge() {
    return toolbar.getBoundingClientRect().bottom;
  }

  /** The last block that starts at or above the top edge, and the one after it. */
  function topBlock() {
    const blocks = lineBlocks();
    const edge = topEdge();
    let index = -1;
    while (index + 1 < blocks.length && blocks[index + 1].getBoundingClientRect().top <= edge + 1) index++;
    return index === -1 ? undefined : { element: blocks[index], next: blocks[index + 1] };
  }

  /** The source line at the top of the preview, interpolated between two blocks. */
  function lineAtTop() {
    const top = topBlock();
    if (window.scrollY === 0 || !top) return 1;
    const line = lineOf(top.element);
    if (!top.next || lineOf(top.next) <= line) return line;
    const from = top.element.getBoundingClientRect().top;
    const to = top.next.getBoundingClientRect().top;
    const fraction = to > from ? Math.min(1, Math.max(0, (topEdge() - from) / (to - from))) : 0;
    return line + fraction * (lineOf(top.next) - line);
  }

  /** The scroll position that puts `line` at the top edge. */
  function scrollPositionOf(line) {
    const blocks = lineBlocks();
    const block = blockForLine(blocks, line);
    if (!block) return 0;
    const blockLine = lineOf(block);
    let top = block.getBoundingClientRect().top;
    const next = blocks[blocks.indexOf(block) + 1];
    if (next && lineOf(next) > blockLine) {
      const fraction = Math.min(1, (line - blockLine) / (lineOf(next) - blockLine));
      top += fraction * (next.getBoundingClientRect().top - top);
    }
    return window.scrollY + top - topEdge();
  }

  function clampScroll(position) {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    return Math.max(0, Math.min(Math.round(position), max));
  }

  /** Scrolls without reporting it back: the editor is already there. */
  function scrollOwn(position) {
    const target = clampScroll(position);
    if (Math.abs(target - window.scrollY) < 1) return;
    ownScrollTarget = target;
    window.scrollTo(0, target);
  }

  function scrollToLine(line) {
    scrollOwn(scrollPositionOf(line));
  }

  window.addEventListener(
    'scroll',
    () => {
      const own = ownScrollTarget !== undefined && Math.abs(window.scrollY - ownScrollTarget) < 2;
      ownScrollTarget = undefined;
      if (own || scrollReportPending) return;
      scrollReportPending = true;
      requestAnimationFrame(() => {
        scrollReportPending = false;
        vscode.postMessage({ type: 'scrolled', line: lineAtTop() });
      });
    },
    { passive: true },
  );

  // ---- User actions

  document.addEventListener('dblclick', (event) => {
    const block = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (block && block.parentElement === article) vscode.postMessage({ type: 'reveal-source', line: lineOf(block) });
  });

  toolbar.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button === problemButton) vscode.postMessage({ type: 'show-problems' });
    else if (button === imageNoteButton) vscode.postMessage({ type: 'open-image-setting' });
    else if (button.getAttribute('data-style') !== style) vscode.postMessage({ type: 'choose-style', style: button.getAttribute('data-style') });
  });

  notice.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.gp-update-now')) vscode.postMessage({ type: 'update-now' });
  });

  // ---- Test queries

  function state() {
    const title = article.querySelector('h1');
    return {
      title: title ? title.textContent.trim() : '',
      figureCount: article.querySelectorAll('figure').length,
      style,
      firstVisibleLine: Math.round(lineAtTop()),
      problemCount: problems.length,
      notice: notice.hidden ? '' : noticeText.textContent,
    };
  }

  function answerQuery(message) {
    const action = message.action || {};
    if (action.pressStyle) {
      const button = toolbar.querySelector(`[data-style="${action.pressStyle}"]`);
      if (button) button.click();
    }
    if (action.pressUpdateNow) notice.querySelector('.gp-update-now').click();
    if (typeof action.doubleClickLine === 'number') {
      const block = blockForLine(lineBlocks(), action.doubleClickLine);
      if (block) block.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    }
    // As a user would scroll: the scroll is reported to the extension.
    if (typeof action.scrollToLine === 'number') window.scrollTo(0, clampScroll(scrollPositionOf(action.scrollToLine)));
    // Answer once the action has been laid out.
    requestAnimationFrame(() => requestAnimationFrame(() => vscode.postMessage({ type: 'answer', requestId: message.requestId, answer: state() })));
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    switch (message.type) {
      case 'render':
        render(message);
        break;
      case 'update':
        update(message);
        break;
      case 'problems':
        setProblems(message);
        break;
      case 'notice':
        setNotice(message);
        break;
      case 'scroll-to-line':
        scrollToLine(message.line);
        break;
      case 'query':
        answerQuery(message);
        break;
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
