/*
 * Vite's `?url` imports: the module's default export is the URL of the file,
 * copied into the build as a static asset (served from the app's own origin).
 */
declare module '*?url' {
  const url: string;
  export default url;
}
