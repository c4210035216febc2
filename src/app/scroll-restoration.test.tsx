// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { Layout } from './layout';

/** The window scrolled to `y` by the user (jsdom has no layout: the position is set, then announced). */
function userScrollsTo(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  window.dispatchEvent(new Event('scroll'));
}

const routes = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { path: 'list', element: <p>list</p> },
      { path: 'card', element: <p>card</p> },
    ],
  },
];

describe('scroll memory', () => {
  it('starts a new page at its top, returns to where the user was on back, keeps it for a new query', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { router } = renderApp('/list', { routes });
    expect(await screen.findByText('list')).toBeInTheDocument();
    userScrollsTo(640);

    scrollTo.mockClear();
    await act(() => router.navigate('/list?q=12', { replace: true }));
    expect(scrollTo).not.toHaveBeenCalled();

    await act(() => router.navigate('/card'));
    expect(await screen.findByText('card')).toBeInTheDocument();
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    userScrollsTo(90);

    await act(() => router.navigate(-1));
    expect(await screen.findByText('list')).toBeInTheDocument();
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);

    await act(() => router.navigate(1));
    expect(await screen.findByText('card')).toBeInTheDocument();
    expect(scrollTo).toHaveBeenLastCalledWith(0, 90);
    scrollTo.mockRestore();
  });
});
