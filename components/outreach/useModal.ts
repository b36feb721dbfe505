import { useEffect, type MutableRef } from 'preact/hooks';

/** A modal <dialog>: opened on mount with focus on its heading, closed on unmount with focus back where it was. */
export function useModal(dialog: MutableRef<HTMLDialogElement | null>, heading: MutableRef<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
    heading.current?.focus();
    return () => {
      if (element?.open) element.close(); // leave modal mode first: the page behind is inert until then
      if (opener?.isConnected) opener.focus();
    };
  }, []);
}
