import { act, render, screen } from "@testing-library/react";
import { createMemoryRouter, Link, Outlet, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { useFocusOnNewPage } from "./use-focus-on-new-page";

function Layout() {
  useFocusOnNewPage();
  return (
    <main>
      <Outlet />
    </main>
  );
}

const page = (title: string) => () => (
  <>
    <h1>{title}</h1>
    <Link to="/list/2">Other list</Link>
  </>
);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: "list/:id", Component: page("List") },
          { path: "detail/:id", Component: page("Detail") },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe("focus on a new page", () => {
  it("moves to the new page's heading after a link or Back", async () => {
    const router = renderAt("/list/1");
    expect(document.body).toHaveFocus();
    await act(() => router.navigate("/detail/1"));
    expect(screen.getByRole("heading", { name: "Detail" })).toHaveFocus();
    await act(() => router.navigate(-1));
    expect(screen.getByRole("heading", { name: "List" })).toHaveFocus();
  });

  it("stays where it is on the same page, and after a redirect", async () => {
    const router = renderAt("/list/1");
    const link = screen.getByRole("link", { name: "Other list" });
    link.focus();
    await act(() => router.navigate("/list/2?q=x"));
    expect(link).toHaveFocus();
    await act(() => router.navigate("/detail/1", { replace: true }));
    expect(screen.getByRole("heading", { name: "Detail" })).not.toHaveFocus();
  });
});
