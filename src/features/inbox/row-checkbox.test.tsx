// @vitest-environment jsdom
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checkbox, MantineProvider } from '@mantine/core';
import { theme } from '../../app/theme';
import { RowCheckbox } from './row-checkbox';

describe('RowCheckbox', () => {
  it.each([true, false])('draws as Mantine’s Checkbox (xs, no label, checked %s): classes, variables, input and icon', (checked) => {
    const { container } = render(
      <MantineProvider theme={theme}>
        <div data-testid="ours">
          <RowCheckbox checked={checked} label="x" onChange={() => undefined} />
        </div>
        <div data-testid="mantine">
          <Checkbox size="xs" checked={checked} aria-label="x" onChange={() => undefined} />
        </div>
      </MantineProvider>,
    );
    const ours = container.querySelector('[data-testid="ours"] > div')!;
    const theirs = container.querySelector('[data-testid="mantine"] > div')!;
    // Every variable Checkbox's stylesheet reads is set on ours with a value (its root class, which
    // defines the sizes, is not ours); colour and radius as Mantine resolves them for the theme.
    const vars = (el: Element) => Object.fromEntries(el.getAttribute('style')!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/:\s*/)));
    expect(vars(ours)).toMatchObject({
      '--checkbox-size': 'calc(1rem * var(--mantine-scale))',
      '--checkbox-icon-color': 'var(--mantine-color-white)',
      '--checkbox-radius': vars(theirs)['--checkbox-radius'],
      '--checkbox-color': vars(theirs)['--checkbox-color'],
    });
    expect(ours.getAttribute('data-variant')).toBe(theirs.getAttribute('data-variant'));
    const part = (el: Element, sel: string) => el.querySelector(sel);
    for (const sel of ['input', 'svg', 'svg path']) {
      const a = part(ours, sel)!;
      const b = part(theirs, sel)!;
      expect(a.getAttribute('class'), sel).toBe(b.getAttribute('class'));
      if (sel === 'svg path') expect(a.getAttribute('d')).toBe(b.getAttribute('d'));
    }
    expect(part(ours, `.${Checkbox.classes.inner}`)).not.toBeNull();
    expect((part(ours, 'input') as HTMLInputElement).checked).toBe(checked);
  });

  it('is named and reports a click', async () => {
    const onChange = vi.fn();
    const { getByRole } = render(
      <MantineProvider theme={theme}>
        <RowCheckbox checked={false} label="Выбрать ALA-1" onChange={(e) => onChange(e.currentTarget.checked)} />
      </MantineProvider>,
    );
    await userEvent.click(getByRole('checkbox', { name: 'Выбрать ALA-1' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
