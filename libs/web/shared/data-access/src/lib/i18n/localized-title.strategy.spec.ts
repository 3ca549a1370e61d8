import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { I18nService } from './i18n.service';
import { provideI18n } from './provide-i18n';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

describe('LocalizedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'about', title: 'title.about', component: Blank },
        ]),
        provideI18n(),
      ],
    });
  });

  it('translates the route title and follows a language switch', async () => {
    await TestBed.inject(Router).navigateByUrl('/about');
    TestBed.tick();
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('About · Smart Cities Exchange');

    await TestBed.inject(I18nService).setLanguage('nl');
    TestBed.tick();
    expect(title.getTitle()).toBe('Over ons · Smart Cities Exchange');
  });
});
