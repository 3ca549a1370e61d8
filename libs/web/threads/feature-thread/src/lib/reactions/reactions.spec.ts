import { TestBed } from '@angular/core/testing';
import { I18nService } from '@sce/web-shared-data-access';
import { aPost } from '../testing.spec-helper';
import { Reactions } from './reactions';

describe('Reactions', () => {
  afterEach(() => TestBed.inject(I18nService).setLanguage('en'));

  async function create(canReact: boolean) {
    const fixture = TestBed.createComponent(Reactions);
    fixture.componentRef.setInput(
      'post',
      aPost(1, { reactions: { like: 1, insightful: 3 }, myReactions: ['insightful'] }),
    );
    fixture.componentRef.setInput('canReact', canReact);
    await fixture.whenStable();
    return fixture;
  }

  it('offers a toggle button per kind, named with its count and the viewer’s own', async () => {
    const fixture = await create(true);
    const element = fixture.nativeElement as HTMLElement;
    const buttons = Array.from(element.querySelectorAll('button'));
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Like, 1 person',
      'Thanks, 0 people',
      'Insightful, 3 people, you reacted',
      'Agree, 0 people',
      'Curious, 0 people',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
      'false',
      'false',
    ]);
    const reacted: string[] = [];
    fixture.componentInstance.reacted.subscribe((kind) => reacted.push(kind));
    buttons[3].click();
    expect(reacted).toEqual(['agree']);
    // While saving, clicks are ignored but the button stays focusable.
    fixture.componentRef.setInput('busy', true);
    await fixture.whenStable();
    buttons[3].click();
    expect(reacted).toEqual(['agree']);
    expect(buttons[3].disabled).toBe(false);
    expect(buttons[3].getAttribute('aria-disabled')).toBe('true');
  });

  it('shows the counts as text to people who cannot react, in Dutch too', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    const fixture = await create(false);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('button')).toBeNull();
    expect(
      Array.from(element.querySelectorAll('.visually-hidden')).map((e) => e.textContent),
    ).toEqual(['Vind ik leuk, 1 persoon', 'Verhelderend, 3 personen, u hebt gereageerd']);
  });
});
