"""Contains all the data models used in inputs/outputs"""

from .autocomplete import Autocomplete
from .autocomplete_collection_item import AutocompleteCollectionItem
from .autocomplete_meta import AutocompleteMeta
from .citation import Citation
from .cited_license import CitedLicense
from .city_strategy import CityStrategy
from .city_strategy_field import CityStrategyField
from .city_strategy_group import CityStrategyGroup
from .city_strategy_group_sums import CityStrategyGroupSums
from .city_strategy_groups import CityStrategyGroups
from .city_strategy_links import CityStrategyLinks
from .city_strategy_page import CityStrategyPage
from .city_strategy_relation import CityStrategyRelation
from .city_strategy_sparse import CityStrategySparse
from .claim import Claim
from .claim_field import ClaimField
from .claim_links import ClaimLinks
from .claim_page import ClaimPage
from .claim_sparse import ClaimSparse
from .collection_entry import CollectionEntry
from .conference import Conference
from .conference_field import ConferenceField
from .conference_group import ConferenceGroup
from .conference_group_sums import ConferenceGroupSums
from .conference_groups import ConferenceGroups
from .conference_links import ConferenceLinks
from .conference_page import ConferencePage
from .conference_projects_started_value_totals import ConferenceProjectsStartedValueTotals
from .conference_relation import ConferenceRelation
from .conference_reporting import ConferenceReporting
from .conference_signed_value_totals import ConferenceSignedValueTotals
from .conference_signed_value_usd_totals import ConferenceSignedValueUsdTotals
from .conference_sparse import ConferenceSparse
from .csl_date import CslDate
from .csl_json import CslJson
from .csl_name import CslName
from .data_package import DataPackage
from .data_package_licenses_item import DataPackageLicensesItem
from .data_package_resources_item import DataPackageResourcesItem
from .dataset_citation import DatasetCitation
from .document import Document
from .document_field import DocumentField
from .document_links import DocumentLinks
from .document_page import DocumentPage
from .document_relation import DocumentRelation
from .document_sparse import DocumentSparse
from .format_ import Format
from .fund import Fund
from .get_document_document_output import GetDocumentDocumentOutput
from .group_city_strategies_city_strategy_group_by import GroupCityStrategiesCityStrategyGroupBy
from .group_city_strategies_sort import GroupCityStrategiesSort
from .group_conferences_conference_group_by import GroupConferencesConferenceGroupBy
from .group_conferences_sort import GroupConferencesSort
from .group_industries_industry_group_by import GroupIndustriesIndustryGroupBy
from .group_industries_sort import GroupIndustriesSort
from .group_organizations_organization_group_by import GroupOrganizationsOrganizationGroupBy
from .group_organizations_sort import GroupOrganizationsSort
from .group_parks_park_group_by import GroupParksParkGroupBy
from .group_parks_sort import GroupParksSort
from .group_partners_partner_group_by import GroupPartnersPartnerGroupBy
from .group_partners_sort import GroupPartnersSort
from .group_people_person_group_by import GroupPeoplePersonGroupBy
from .group_people_sort import GroupPeopleSort
from .group_projects_project_group_by import GroupProjectsProjectGroupBy
from .group_projects_sort import GroupProjectsSort
from .group_statements_sort import GroupStatementsSort
from .group_statements_statement_group_by import GroupStatementsStatementGroupBy
from .groups_meta import GroupsMeta
from .health import Health
from .index import Index
from .index_links import IndexLinks
from .industry import Industry
from .industry_field import IndustryField
from .industry_group import IndustryGroup
from .industry_group_sums import IndustryGroupSums
from .industry_groups import IndustryGroups
from .industry_links import IndustryLinks
from .industry_page import IndustryPage
from .industry_parent_basis import IndustryParentBasis
from .industry_relation import IndustryRelation
from .industry_sparse import IndustrySparse
from .investment import Investment
from .landing import Landing
from .landing_links import LandingLinks
from .license_ import License
from .list_city_strategies_sort_item import ListCityStrategiesSortItem
from .list_claims_sort_item import ListClaimsSortItem
from .list_conferences_sort_item import ListConferencesSortItem
from .list_documents_document_list_output import ListDocumentsDocumentListOutput
from .list_documents_sort_item import ListDocumentsSortItem
from .list_industries_sort_item import ListIndustriesSortItem
from .list_organizations_sort_item import ListOrganizationsSortItem
from .list_parks_sort_item import ListParksSortItem
from .list_partners_sort_item import ListPartnersSortItem
from .list_people_sort_item import ListPeopleSortItem
from .list_projects_sort_item import ListProjectsSortItem
from .list_statements_sort_item import ListStatementsSortItem
from .meta import Meta
from .meta_counts import MetaCounts
from .money import Money
from .money_currency import MoneyCurrency
from .official import Official
from .official_basis import OfficialBasis
from .organization import Organization
from .organization_field import OrganizationField
from .organization_group import OrganizationGroup
from .organization_group_sums import OrganizationGroupSums
from .organization_groups import OrganizationGroups
from .organization_inferred_role import OrganizationInferredRole
from .organization_kind import OrganizationKind
from .organization_kind_basis import OrganizationKindBasis
from .organization_links import OrganizationLinks
from .organization_page import OrganizationPage
from .organization_relation import OrganizationRelation
from .organization_role import OrganizationRole
from .organization_sparse import OrganizationSparse
from .page_links import PageLinks
from .page_meta import PageMeta
from .park import Park
from .park_field import ParkField
from .park_group import ParkGroup
from .park_group_sums import ParkGroupSums
from .park_groups import ParkGroups
from .park_kind import ParkKind
from .park_links import ParkLinks
from .park_page import ParkPage
from .park_relation import ParkRelation
from .park_sparse import ParkSparse
from .park_status import ParkStatus
from .partner import Partner
from .partner_field import PartnerField
from .partner_group import PartnerGroup
from .partner_group_sums import PartnerGroupSums
from .partner_groups import PartnerGroups
from .partner_kind import PartnerKind
from .partner_links import PartnerLinks
from .partner_page import PartnerPage
from .partner_relation import PartnerRelation
from .partner_sparse import PartnerSparse
from .person import Person
from .person_field import PersonField
from .person_group import PersonGroup
from .person_group_sums import PersonGroupSums
from .person_groups import PersonGroups
from .person_links import PersonLinks
from .person_page import PersonPage
from .person_place_basis import PersonPlaceBasis
from .person_relation import PersonRelation
from .person_sparse import PersonSparse
from .platform import Platform
from .problem import Problem
from .problem_error import ProblemError
from .problem_type import ProblemType
from .programme import Programme
from .project import Project
from .project_field import ProjectField
from .project_group import ProjectGroup
from .project_group_sums import ProjectGroupSums
from .project_groups import ProjectGroups
from .project_industry_basis import ProjectIndustryBasis
from .project_links import ProjectLinks
from .project_page import ProjectPage
from .project_relation import ProjectRelation
from .project_sparse import ProjectSparse
from .project_value_totals import ProjectValueTotals
from .project_value_usd_totals import ProjectValueUsdTotals
from .readiness import Readiness
from .reported_figure import ReportedFigure
from .reported_figure_currency import ReportedFigureCurrency
from .reported_figure_field import ReportedFigureField
from .search_hit import SearchHit
from .search_kind_item import SearchKindItem
from .search_page import SearchPage
from .search_sort_item import SearchSortItem
from .source import Source
from .statement import Statement
from .statement_credited_to import StatementCreditedTo
from .statement_field import StatementField
from .statement_group import StatementGroup
from .statement_group_sums import StatementGroupSums
from .statement_groups import StatementGroups
from .statement_links import StatementLinks
from .statement_page import StatementPage
from .statement_relation import StatementRelation
from .statement_sparse import StatementSparse
from .statement_topic import StatementTopic
from .suggestion import Suggestion

__all__ = (
    "Autocomplete",
    "AutocompleteCollectionItem",
    "AutocompleteMeta",
    "Citation",
    "CitedLicense",
    "CityStrategy",
    "CityStrategyField",
    "CityStrategyGroup",
    "CityStrategyGroupSums",
    "CityStrategyGroups",
    "CityStrategyLinks",
    "CityStrategyPage",
    "CityStrategyRelation",
    "CityStrategySparse",
    "Claim",
    "ClaimField",
    "ClaimLinks",
    "ClaimPage",
    "ClaimSparse",
    "CollectionEntry",
    "Conference",
    "ConferenceField",
    "ConferenceGroup",
    "ConferenceGroupSums",
    "ConferenceGroups",
    "ConferenceLinks",
    "ConferencePage",
    "ConferenceProjectsStartedValueTotals",
    "ConferenceRelation",
    "ConferenceReporting",
    "ConferenceSignedValueTotals",
    "ConferenceSignedValueUsdTotals",
    "ConferenceSparse",
    "CslDate",
    "CslJson",
    "CslName",
    "DataPackage",
    "DataPackageLicensesItem",
    "DataPackageResourcesItem",
    "DatasetCitation",
    "Document",
    "DocumentField",
    "DocumentLinks",
    "DocumentPage",
    "DocumentRelation",
    "DocumentSparse",
    "Format",
    "Fund",
    "GetDocumentDocumentOutput",
    "GroupCityStrategiesCityStrategyGroupBy",
    "GroupCityStrategiesSort",
    "GroupConferencesConferenceGroupBy",
    "GroupConferencesSort",
    "GroupIndustriesIndustryGroupBy",
    "GroupIndustriesSort",
    "GroupOrganizationsOrganizationGroupBy",
    "GroupOrganizationsSort",
    "GroupParksParkGroupBy",
    "GroupParksSort",
    "GroupPartnersPartnerGroupBy",
    "GroupPartnersSort",
    "GroupPeoplePersonGroupBy",
    "GroupPeopleSort",
    "GroupProjectsProjectGroupBy",
    "GroupProjectsSort",
    "GroupStatementsSort",
    "GroupStatementsStatementGroupBy",
    "GroupsMeta",
    "Health",
    "Index",
    "IndexLinks",
    "Industry",
    "IndustryField",
    "IndustryGroup",
    "IndustryGroupSums",
    "IndustryGroups",
    "IndustryLinks",
    "IndustryPage",
    "IndustryParentBasis",
    "IndustryRelation",
    "IndustrySparse",
    "Investment",
    "Landing",
    "LandingLinks",
    "License",
    "ListCityStrategiesSortItem",
    "ListClaimsSortItem",
    "ListConferencesSortItem",
    "ListDocumentsDocumentListOutput",
    "ListDocumentsSortItem",
    "ListIndustriesSortItem",
    "ListOrganizationsSortItem",
    "ListParksSortItem",
    "ListPartnersSortItem",
    "ListPeopleSortItem",
    "ListProjectsSortItem",
    "ListStatementsSortItem",
    "Meta",
    "MetaCounts",
    "Money",
    "MoneyCurrency",
    "Official",
    "OfficialBasis",
    "Organization",
    "OrganizationField",
    "OrganizationGroup",
    "OrganizationGroupSums",
    "OrganizationGroups",
    "OrganizationInferredRole",
    "OrganizationKind",
    "OrganizationKindBasis",
    "OrganizationLinks",
    "OrganizationPage",
    "OrganizationRelation",
    "OrganizationRole",
    "OrganizationSparse",
    "PageLinks",
    "PageMeta",
    "Park",
    "ParkField",
    "ParkGroup",
    "ParkGroupSums",
    "ParkGroups",
    "ParkKind",
    "ParkLinks",
    "ParkPage",
    "ParkRelation",
    "ParkSparse",
    "ParkStatus",
    "Partner",
    "PartnerField",
    "PartnerGroup",
    "PartnerGroupSums",
    "PartnerGroups",
    "PartnerKind",
    "PartnerLinks",
    "PartnerPage",
    "PartnerRelation",
    "PartnerSparse",
    "Person",
    "PersonField",
    "PersonGroup",
    "PersonGroupSums",
    "PersonGroups",
    "PersonLinks",
    "PersonPage",
    "PersonPlaceBasis",
    "PersonRelation",
    "PersonSparse",
    "Platform",
    "Problem",
    "ProblemError",
    "ProblemType",
    "Programme",
    "Project",
    "ProjectField",
    "ProjectGroup",
    "ProjectGroupSums",
    "ProjectGroups",
    "ProjectIndustryBasis",
    "ProjectLinks",
    "ProjectPage",
    "ProjectRelation",
    "ProjectSparse",
    "ProjectValueTotals",
    "ProjectValueUsdTotals",
    "Readiness",
    "ReportedFigure",
    "ReportedFigureCurrency",
    "ReportedFigureField",
    "SearchHit",
    "SearchKindItem",
    "SearchPage",
    "SearchSortItem",
    "Source",
    "Statement",
    "StatementCreditedTo",
    "StatementField",
    "StatementGroup",
    "StatementGroupSums",
    "StatementGroups",
    "StatementLinks",
    "StatementPage",
    "StatementRelation",
    "StatementSparse",
    "StatementTopic",
    "Suggestion",
)
