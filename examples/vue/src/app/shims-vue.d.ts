// For tsc and eslint, which read no .vue file: vue-tsc types App.vue itself.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
