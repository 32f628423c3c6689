/** Rules of the failure layer `storage`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `storage`. */
export const STORAGE: LabelRules<LayerLabel> = {
  label: 'storage',
  cues: [
    { id: 'layer.storage.storage-services', pattern: 'storage(?: services?| systems?| layer| backends?| clusters?| arrays?| nodes?| servers?| controllers?| infrastructure)?', weight: 1, examples: ['The storage cluster became unavailable for 90 minutes.', 'Storage latency spiked and writes timed out.'] },
    { id: 'layer.storage.object', pattern: '(?:object|block|file|blob|cloud|network|distributed|persistent) (?:storage|stores?)', weight: 1.2, examples: ['Object storage returned errors for all uploads.', 'Block storage in one zone became unresponsive.'] },
    { id: 'layer.storage.s3', pattern: 's3(?: buckets?)?', weight: 1, examples: ['S3 returned elevated error rates in us-east-1.', 'An S3 bucket policy change broke image loading.'] },
    { id: 'layer.storage.buckets', pattern: 'buckets?', weight: 0.7, examples: ['Several buckets were deleted by a cleanup job.'] },
    { id: 'layer.storage.ebs', pattern: 'ebs(?: volumes?)?', weight: 1, examples: ['EBS volumes became stuck and instances hung.'] },
    { id: 'layer.storage.volumes', pattern: 'volumes?', weight: 0.7, part: true, examples: ['Volumes became read-only after the controller failure.'] },
    { id: 'layer.storage.disks', pattern: 'disks?|drives?|ssds?|hdds?', weight: 0.4, part: true, examples: ['A failed disk degraded the array.', 'Several SSDs wore out at the same time.'], counterExamples: ['The disks filled up and the service crashed.'] },
    { id: 'layer.storage.storage', pattern: '(?:storage |disk |raid )?arrays?', weight: 0.5, examples: ['The RAID array degraded after a second drive failure.', 'A disk array controller failed.'], counterExamples: ['The storage array failed.'] },
    { id: 'layer.storage.san', pattern: 'san|nas|nfs|ceph|gluster\\w*|hdfs|gcs|azure blob', weight: 1, examples: ['The SAN went offline and every VM froze.', 'NFS mounts hung across the cluster.'] },
    { id: 'layer.storage.file-systems', pattern: 'file ?systems?', weight: 0.7, examples: ['The file system became corrupted after the power loss.'] },
    { id: 'layer.storage.uploads', pattern: 'uploads?|downloads?', weight: 0.3, part: true, examples: ['Uploads failed for all users.', 'Downloads timed out for large files.'] },
    { id: 'layer.storage.backups', pattern: 'backups?(?! (?:generators?|power|regions?|sites?|links?|paths?|circuits?|data ?cent(?:er|re)s?))', weight: 0.4, counterExamples: ['The backup generators did not start.'], part: true, examples: ['Backups failed silently for weeks.'] },
  ],
  context: [
    { id: 'layer.storage.not.ran', pattern: '\\b(?:ran|run|running) out of disk\\b', examples: ['The hosts ran out of disk.'], counterExamples: ['The hosts were running low on disk.'] },
    { id: 'layer.storage.not.disks-filled', pattern: '\\bdisks? (?:filled|full)\\b', examples: ['The disks filled up overnight.', 'Disk full errors stopped all writes on the primary.'] },
  ],
};
