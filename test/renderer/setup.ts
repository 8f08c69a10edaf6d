// Renderer tests run in happy-dom with an in-memory IndexedDB, fresh for every test file.
import 'fake-indexeddb/auto';
