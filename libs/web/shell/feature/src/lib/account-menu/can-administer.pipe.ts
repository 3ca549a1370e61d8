import { Pipe, type PipeTransform } from '@angular/core';
import { Permission } from '@sce/shared-contracts';
import type { SessionStore } from '@sce/web-auth-data-access';

/**
 * `session | canAdminister`: whether the signed-in person may use some part of the admin area.
 * A pipe in a file of its own, used only inside the menu's `@defer` block, so that the shared
 * contracts (and zod with them) load with the menu and not with the first page.
 * Impure: it reads the session's signals on every check.
 */
@Pipe({ name: 'canAdminister', pure: false })
export class CanAdministerPipe implements PipeTransform {
  transform(session: SessionStore): boolean {
    return (
      session.hasPermission(Permission.ManageUsers) ||
      session.hasPermission(Permission.ManageOrganisations)
    );
  }
}
