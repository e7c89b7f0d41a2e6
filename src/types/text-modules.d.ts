// YAML files imported as text: wrangler bundles them through the `[[rules]] type = "Text"` in wrangler.toml.
declare module '*.yaml' {
  /** The file's contents. */
  const text: string;
  export default text;
}
