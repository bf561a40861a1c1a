/** The playground bundles the sample portfolio's text at build time (webpack's asset/source). */
declare module "*.csv" {
  const text: string;
  export default text;
}
