/** Rules of the failure layer `auth`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `auth`. */
export const AUTH: LabelRules<LayerLabel> = {
  label: 'auth',
  cues: [
    { id: 'layer.auth.authentication', pattern: 'auth(?:entication|orization|n|z)?(?: service| system| servers?| provider)?', weight: 1.1, examples: ['The authentication service was down, so no one could sign in.', 'Authorization checks failed and requests were rejected with 403 errors.'] },
    { id: 'layer.auth.log-ins', pattern: 'log ?ins?|logged (?:in|out)|sign[- ]?ins?|signed (?:in|out)|log(?:ging)? (?:in|out)', weight: 0.9, examples: ['Users were unable to log in for two hours.', 'Sign-ins failed across the EU region.', 'Many customers were logged out and could not get back in.'], counterExamples: ['An engineer logged into the bastion to restart the failed service.'] },
    { id: 'layer.auth.sso', pattern: 'sso|single sign[- ]on|oauth|saml|openid|ldap|active directory|kerberos', weight: 1.1, examples: ['Single sign-on failed for enterprise customers.', 'LDAP lookups timed out, blocking employee access to internal tools.', 'SAML assertions were rejected after the metadata refresh.'] },
    { id: 'layer.auth.identity-providers', pattern: 'identity(?: providers?| services?| management)?|iam', weight: 1, examples: ['The identity provider returned errors to every login attempt.', 'IAM was degraded, so calls to the service were rejected.'] },
    { id: 'layer.auth.session', pattern: '(?:session|access|auth|api|bearer|jwt|oauth|refresh|id|sso|login|identity) tokens?|token (?:service|server|issuer|endpoint)s?', weight: 0.8, examples: ['Expired session tokens forced users out of their accounts.', 'The token service failed to issue new access tokens.'], counterExamples: ['The continuation token referred to an index that had been discarded.'] },
    { id: 'layer.auth.sessions', pattern: 'sessions?', weight: 0.5, part: true, examples: ['Active sessions were dropped during the failover.', 'Session storage filled up and new sessions could not be created.'] },
    { id: 'layer.auth.credentials', pattern: 'credentials?|passwords?', weight: 0.8, examples: ["The service account's credentials had been rotated, so its calls failed.", 'Password resets were failing for all users.'] },
    { id: 'layer.auth.tls', pattern: '(?:tls |ssl |x\\.?509 |wildcard |root |intermediate )?certificates?|certs?', weight: 1, examples: ['An expired TLS certificate caused browsers to reject the connection.', 'The wildcard cert was not renewed and the site showed security warnings.'] },
    { id: 'layer.auth.tls-2', pattern: 'tls|ssl|https handshake', weight: 0.9, examples: ['TLS handshakes failed for clients using older browsers.', 'SSL errors appeared for all visitors after the change.'] },
    { id: 'layer.auth.two-factor-codes', pattern: 'two[- ]factor(?: codes?| authentication)?|2fa|mfa|multi[- ]factor', weight: 0.8, examples: ['Two-factor codes were delayed by up to an hour.', 'MFA prompts failed to appear, locking users out.'] },
    { id: 'layer.auth.permissions', pattern: 'permissions?|acls?|access control', weight: 0.6, part: true, examples: ['A permissions change blocked access to the repository.', 'Incorrect ACLs caused requests to be denied.'] },
    { id: 'layer.auth.signing', pattern: '(?:signing|private|api|ssh) keys?', weight: 0.8, examples: ['The signing key was rotated without updating clients, so verification failed.', 'Deploys failed because SSH keys had been revoked.'] },
  ],
};
