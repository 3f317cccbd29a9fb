import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { XhElement } from '../base/xh-element.js';
import { Words } from './words.js';

interface Hello {
  hello: string;
}

/** English arriving when the test says so, to see what renders before and after. */
function deferredEnglish() {
  let arrive!: (words: Hello) => void;
  let fail!: (error: Error) => void;
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<Hello>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
  };
  return {
    load,
    arrive: (words: Hello) => arrive(words),
    fail: (error: Error) => fail(error),
    get calls() {
      return calls;
    },
  };
}

describe('Words', () => {
  it('answers in Chinese at once and loads English only when asked, once', async () => {
    const english = deferredEnglish();
    const words = new Words<Hello>({ hello: '你好' }, english.load);
    expect(words.load('zh-CN')).to.equal(undefined);
    expect(english.calls).to.equal(0);
    expect(words.in('en').hello).to.equal('你好');
    const first = words.load('en');
    expect(words.load('en')).to.equal(first);
    english.arrive({ hello: 'Hello' });
    await first;
    expect(english.calls).to.equal(1);
    expect(words.in('en').hello).to.equal('Hello');
    expect(words.in('zh-CN').hello).to.equal('你好');
    expect(words.load('en')).to.equal(undefined);
  });

  it('keeps Chinese after a failed load, and tries again next time', async () => {
    const english = deferredEnglish();
    const words = new Words<Hello>({ hello: '你好' }, english.load);
    const first = words.load('en');
    english.fail(new Error('offline'));
    let error: unknown;
    await first?.catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('offline');
    expect(words.in('en').hello).to.equal('你好');
    const second = words.load('en');
    expect(english.calls).to.equal(2);
    english.arrive({ hello: 'Hello' });
    await second;
    expect(words.in('en').hello).to.equal('Hello');
  });
});

const english = deferredEnglish();
const helloWords = new Words<Hello>({ hello: '你好' }, english.load);

/** The smallest component with words: what it renders first is what a shop owner sees first. */
class XhHelloTest extends XhElement {
  readonly rendered: string[] = [];

  protected override get words(): Words<Hello> {
    return helloWords;
  }

  protected override render() {
    const { hello } = helloWords.in(this.locale);
    this.rendered.push(hello);
    return litHtml`<p>${hello}</p>`;
  }
}
customElements.define('xh-hello-test', XhHelloTest);

describe('a component in English', () => {
  it('renders nothing until its English words are here, then English first', async () => {
    // Not `fixture()`: it waits for the first update, which waits for the words.
    const element = document.createElement('xh-hello-test') as XhHelloTest;
    element.lang = 'en';
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.rendered).to.deep.equal([]);
    english.arrive({ hello: 'Hello' });
    await element.updateComplete;
    expect(element.rendered).to.deep.equal(['Hello']);
    expect(element.shadowRoot!.textContent).to.contain('Hello');
    element.remove();
  });

  it('renders in Chinese at once, without loading English', async () => {
    const calls = english.calls;
    const element = await fixture<XhHelloTest>(html`<xh-hello-test lang="zh-CN"></xh-hello-test>`);
    expect(element.rendered).to.deep.equal(['你好']);
    expect(english.calls).to.equal(calls);
  });
});
