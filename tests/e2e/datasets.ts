// Real-browser helpers for the header's data control (src/features/datasets/DataMenu.tsx): open its
// dialog and pick data through its buttons the way a reader does (button → the browser's file chooser).
import type { Page } from 'playwright-core';

type Files = Parameters<Page['setInputFiles']>[1];

/** Opens the "数据" dialog (if it is not open) and returns it. */
export async function openDataMenu(page: Page) {
  const dialog = page.locator('[data-dataset-dialog]');
  if ((await dialog.count()) === 0) await page.locator('[data-data-menu]').click();
  await dialog.waitFor();
  return dialog;
}

/** Picks a folder (`folder`) or files (a zip, a bundle or JSON files) through the dialog's buttons. */
export async function pickThroughMenu(page: Page, which: 'folder' | 'files', files: Files): Promise<void> {
  const dialog = await openDataMenu(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.locator(`[data-pick="${which}"]`).click()]);
  await chooser.setFiles(files);
}

/** The header's line naming a user's picture (absent on the built-in one). */
export const userBanner = (page: Page) => page.locator('.dataset-banner[data-user-supplied="true"]');
