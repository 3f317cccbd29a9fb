import { MemoryStore } from './memory-store.js';
import { describeStore } from './store.behaviour.js';

describeStore('MemoryStore', () => new MemoryStore());
