// Test-time only. Makes IndexedDB refuse writes to the named object stores as a full disk does, with a
// QuotaExceededError from the store, until the returned function is called.
export function fillDisk(...stores: readonly string[]): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const { add, put } = proto;
  const refuse = (store: IDBObjectStore): void => {
    if (stores.length === 0 || stores.includes(store.name)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    refuse(this);
    return add.apply(this, args);
  };
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    refuse(this);
    return put.apply(this, args);
  };
  return () => {
    proto.add = add;
    proto.put = put;
  };
}
