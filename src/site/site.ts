// The pages' way to the site model: the dataset the integration read and validated, handed
// over through virtual:luoshi/data, modelled once per copy of the bundle (each prerender
// worker has its own). Only pages and components import this module; code that also runs in
// the integration takes the model as a parameter.
import data from 'virtual:luoshi/data';
import config from 'virtual:luoshi/config';
import { buildSiteModel, type SiteModel } from './model.ts';
import { useBase } from './paths.ts';

// Before any page computes a link at its module's top level.
useBase(config.base);

let cached: SiteModel | undefined;

export async function getSite(): Promise<SiteModel> {
  return (cached ??= buildSiteModel(data.dataset, data.diagnostics, config.base, data.resources));
}
