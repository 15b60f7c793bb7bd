import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      ".test-data/**",
      "node_modules/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
