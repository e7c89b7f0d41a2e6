import { openMiniflareD1 } from '../support/d1-database';
import { repositoryContract } from './repository-contract';

repositoryContract('D1 (Miniflare)', openMiniflareD1);
