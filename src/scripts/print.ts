// The checklist's Print button and the date on the printout. Kept tiny: the checklist is a guide
// page, which otherwise loads no JavaScript.
export function setUpPrint(doc: Document = document): void {
  const button = doc.querySelector<HTMLButtonElement>('.print-button');
  const address = doc.querySelector('.print-address');
  const date = doc.querySelector('.print-date');
  const stamp = () => {
    // The address as the visitor sees it (the host may differ from the build's SITE), no query.
    if (address) address.textContent = location.origin + location.pathname;
    if (date)
      date.textContent = ` · ${new Intl.DateTimeFormat(doc.documentElement.lang, { dateStyle: 'long' }).format(new Date())}`;
  };
  stamp();
  addEventListener('beforeprint', stamp);
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}
