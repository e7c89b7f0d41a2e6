import { openMiniflareD1 } from '../support/d1-database';
import { ticketRepositoryContract } from './tickets-contract';

ticketRepositoryContract('D1 (Miniflare)', openMiniflareD1);
