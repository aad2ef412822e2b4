/** opencc-js's dictionaries (`opencc-js/dict/TSCharacters`…): `key value|key value…`, one string each. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
