import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { en } from './messages.en';
import { nl } from './messages.nl';
import { TRANSLATION_LOADERS, TRANSLATIONS } from './translations';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): I18nService {
    return TestBed.inject(I18nService);
  }

  it('starts in English and sets <html lang>', () => {
    const i18n = create();
    expect(i18n.language()).toBe('en');
    expect(i18n.translate('shell.nav.about')).toBe('About');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
  });

  it('switches language, updates <html lang> and remembers the choice', async () => {
    const i18n = create();
    await i18n.setLanguage('nl');
    expect(i18n.language()).toBe('nl');
    expect(i18n.translate('shell.nav.about')).toBe('Over ons');
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('starts in the stored language, its texts loaded before the app starts', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nl');
    const i18n = create();
    expect(i18n.language()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    await i18n.ready();
    expect(i18n.translate('shell.nav.about')).toBe('Over ons');
  });

  it('loads another language once, when first chosen, and switches only then', async () => {
    let loads = 0;
    TestBed.configureTestingModule({
      providers: [
        {
          provide: TRANSLATION_LOADERS,
          useValue: {
            nl: () => {
              loads++;
              return Promise.resolve(nl);
            },
          },
        },
      ],
    });
    const i18n = create();
    const switching = i18n.setLanguage('nl');
    expect(i18n.language()).toBe('en');
    await switching;
    expect(i18n.language()).toBe('nl');
    await i18n.setLanguage('en');
    await i18n.setLanguage('nl');
    expect(loads).toBe(1);
  });

  it('stays in English when a language cannot be loaded (offline)', async () => {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: TRANSLATION_LOADERS,
          useValue: { nl: () => Promise.reject(new Error('offline')) },
        },
      ],
    });
    const i18n = create();
    await expect(i18n.setLanguage('nl')).rejects.toThrow('offline');
    expect(i18n.language()).toBe('en');
    expect(i18n.translate('shell.nav.about')).toBe('About');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(create().language()).toBe('en');
  });

  it('falls back to English for a key the language lacks', async () => {
    const partialDutch: Partial<typeof nl> = { ...nl };
    delete partialDutch['shell.nav.home'];
    TestBed.configureTestingModule({
      providers: [
        { provide: TRANSLATIONS, useValue: { en, nl: partialDutch } },
      ],
    });
    const i18n = create();
    await i18n.setLanguage('nl');
    expect(i18n.translate('shell.nav.home')).toBe('Home');
    expect(i18n.translate('shell.nav.about')).toBe('Over ons');
  });

  it('fills placeholders and picks the plural form', async () => {
    const i18n = create();
    expect(i18n.translate('community.members', { count: 1 })).toBe('1 member');
    expect(i18n.translate('community.members', { count: 1200 })).toBe(
      '1,200 members',
    );
    await i18n.setLanguage('nl');
    expect(i18n.translate('community.members', { count: 1 })).toBe('1 lid');
    expect(i18n.translate('community.members', { count: 1200 })).toBe(
      '1.200 leden',
    );
  });

  it('formats dates for the current language', async () => {
    const i18n = create();
    expect(i18n.formatDate('2026-03-05T12:00:00Z')).toBe('5 Mar 2026');
    await i18n.setLanguage('nl');
    expect(i18n.formatDate('2026-03-05T12:00:00Z')).toBe('5 mrt 2026');
  });

  it('has a Dutch text for every English key', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });
});
