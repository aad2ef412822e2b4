import type { AstroIntegration } from 'astro';

/**
 * Says at the start of every build which address its citations and data files carry: the
 * publication address (SITE_URL), or, in a local build, none — pages then cite the origin they
 * are served from and data files carry site-relative paths.
 */
export function siteAddress(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'pilot-policy-archive:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (site) logger.info(`publication build: citations and data files use ${site}`);
        else
          logger.info(
            'local build (SITE_URL unset): pages cite the origin they are served from; data files carry site-relative paths (see README, "Publishing")',
          );
      },
    },
  };
}
