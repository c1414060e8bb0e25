// Runs a command by its title through the command palette (Ctrl+Shift+P), as a user would.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.locator('[data-testid="command-palette"]');
  await expect.poll(() => palette.isVisible()).toBe(true);
  await palette.locator('input').fill(title);
  await palette.locator('input').press('Enter');
  await expect.poll(() => palette.isVisible()).toBe(false);
}
