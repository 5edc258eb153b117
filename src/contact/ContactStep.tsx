// The screen where self-help ends: who can help with this kind of problem and whether they are
// open now, what to do while they are closed, what to have ready, a reference code to read out,
// and a summary to copy, print or email. The machine names the need; flows/ decides the rest.
import { useTranslation } from 'react-i18next';
import { haveReady, whileClosed } from '../../flows/contact/escalation';
import { organizationTimeZone } from '../../flows/contact/hours';
import { channelsFor, contactNeed } from '../../flows/contact/routing';
import { summarize } from '../../flows/contact/summary';
import { encodeHandoff } from '../../flows/session/handoff';
import { inlineNodes } from '../i18n/factMarkdown';
import { maskTypedFacts, stepFacts } from '../i18n/facts';
import { officialPageLines } from '../i18n/pageFacts';
import type { StepProps } from '../steps/StepProps';
import { Markdown, render } from '../ui/markdown/Markdown';
import { CaseSummary } from './CaseSummary';
import { Channels } from './Channels';
import { LanguageHelp } from './LanguageHelp';
import { NoticeBanner } from './NoticeBanner';
import { WhileClosed } from './WhileClosed';

export function ContactStep({ view, session, text, config, now, headingRef }: StepProps) {
  const { t, i18n } = useTranslation('ui');
  const need = contactNeed(view.escalation);
  const from = view.escalation?.from || undefined;
  const at = now();
  const routed = channelsFor(config, need, at);
  const routedIds = new Set(routed.map((r) => r.channel.id));
  const others = channelsFor(config, 'portalSupport', at).filter(
    (r) => !routedIds.has(r.channel.id),
  );
  const closed = whileClosed(config, need, from, at);
  // The organization's own help, privacy and policy pages, only those its configuration names.
  const pages = officialPageLines(config, t, i18n.language);
  const zone = routed
    .map((r) => r.channel.hours)
    .find((h): h is Exclude<typeof h, '24/7' | undefined> => h !== undefined && h !== '24/7');
  // The caller's language travels with the code, so an agent can read out the caller's screen.
  const code = encodeHandoff(session, i18n.language);
  const email =
    routed.find((r) => r.channel.kind === 'email')?.channel.email ??
    others.find((r) => r.channel.kind === 'email')?.channel.email ??
    null;

  return (
    <>
      <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
        {text.title}
      </h1>
      <NoticeBanner config={config} now={at} />
      {text.body ? <Markdown source={text.body} /> : null}
      <div className="sa-reference sa-print">
        <h2 className="sa-subheading">{t('contact.reference.heading')}</h2>
        <p className="sa-reference__code">{code}</p>
        <p>{t('contact.reference.body')}</p>
      </div>
      <section className="sa-print" aria-labelledby="sa-need-title">
        <h2 className="sa-subheading" id="sa-need-title">
          {t(`contact.need.${need}`)}
        </h2>
        <Channels routed={routed} now={at} />
      </section>
      {closed ? (
        <WhileClosed
          data={closed}
          config={config}
          now={at}
          timeZone={zone ? zone.timeZone : null}
        />
      ) : null}
      <section aria-labelledby="sa-ready-title">
        <h2 className="sa-subheading" id="sa-ready-title">
          {t('contact.haveReady.heading')}
        </h2>
        <ul>
          {haveReady(from, config).map((item) => (
            <li key={item}>{t(`contact.haveReady.${item}`)}</li>
          ))}
        </ul>
        <p>{t('contact.tellThem')}</p>
      </section>
      <CaseSummary
        summary={summarize(session)}
        context={{
          orgName: config.name,
          now: at,
          locale: i18n.language,
          timeZone: organizationTimeZone(config),
          code,
          facts: maskTypedFacts(stepFacts(config, view, i18n.t, i18n.language)),
        }}
        email={email}
      />
      {others.length ? (
        <section className="sa-no-print" aria-labelledby="sa-others-title">
          <h2 className="sa-subheading" id="sa-others-title">
            {t('contact.otherWays', { orgName: config.name })}
          </h2>
          <Channels routed={others} now={at} />
        </section>
      ) : null}
      {pages.length ? (
        <section aria-labelledby="sa-official-pages-title">
          <h2 className="sa-subheading" id="sa-official-pages-title">
            {t('contact.officialPagesHeading', { orgName: config.name })}
          </h2>
          <ul>
            {pages.map((line) => (
              <li key={line}>{inlineNodes(line).map(render)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="sa-no-print" aria-labelledby="sa-language-help-title">
        <h2 className="sa-subheading" id="sa-language-help-title">
          {t('contact.languageHelpHeading')}
        </h2>
        <LanguageHelp config={config} />
      </section>
    </>
  );
}
