import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY } from '@sce/api-core';
import { type TestApp, createTestApp } from '@sce/api-testing';
import { domainModules } from '../app.module';

describe('every route states its access policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(domainModules);
  });
  afterAll(() => t.close());

  it('has @Public, @SignedIn or @RequirePermission on each controller route', () => {
    const routes: string[] = [];
    const missing: string[] = [];
    const wrappers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    for (const wrapper of wrappers) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const route = `${controller.name}.${name}`;
        routes.push(route);
        if (!Reflect.getMetadata(ACCESS_POLICY, handler) && !Reflect.getMetadata(ACCESS_POLICY, controller)) missing.push(route);
      }
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
