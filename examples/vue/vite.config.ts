import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The xh-* tags are custom elements, not Vue components: Vue renders them as they are, sets a
// bound value as a property when the element has it, and listens for `@xh-…` events on them.
// The app is bundled from the built packages (their dist/), as a partner's app would be.
export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('xh-') } } }),
  ],
});
