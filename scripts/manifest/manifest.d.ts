// The parts of the custom-elements manifest (schema 2.x) that the Xinghui plugins and the
// framework-types generator read or write.
export interface TypeText {
  text: string;
  references?: { name: string; module: string }[];
}

export interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  type?: TypeText;
  attribute?: string;
  description?: string;
  inheritedFrom?: { name: string; module: string };
}

export interface Attribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
  description?: string;
}

export interface ManifestEvent {
  name: string;
  type?: TypeText;
  description?: string;
}

export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: ManifestEvent[];
}

export interface Module {
  kind: 'javascript-module';
  path: string;
  declarations?: Declaration[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}
